"""Dialogs of the application shell."""
