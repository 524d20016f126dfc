"""The main window's docks."""
