"""The "Sincronizzazione" area: devices, bundles, conflicts inbox (SYNC.md)."""
