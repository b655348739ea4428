"""Domain operations: validation, permissions, one session per action, DTOs out. No Qt."""
