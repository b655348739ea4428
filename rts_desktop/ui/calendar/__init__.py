"""Calendar area: day / week / month / agenda views, events, attendance, deadlines."""
