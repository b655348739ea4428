"""The ground floor: what every layer may use and that uses nothing of the app above it."""
