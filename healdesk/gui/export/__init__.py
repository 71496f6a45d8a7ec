"""Export for a therapist: the export dialog."""
