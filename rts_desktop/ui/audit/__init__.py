"""The "Registro accessi" area: the audit log for coordinators, filtered and exported."""
