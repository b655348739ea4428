"""Piani e documenti: plan editor, autonomy assessments, printing."""
