"""Who is at the keyboard: login, first run, lock screen, change password, change user."""
