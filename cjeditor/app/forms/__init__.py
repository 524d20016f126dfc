"""Form classes compiled by pyside6-uic from ui/*.ui (`make forms`); never edit by hand.

tests/app/test_forms.py fails when a compiled file is not what ui/ compiles to now.
"""
