"""Housing area: apartments, occupancy board, stays, handovers, maintenance."""
