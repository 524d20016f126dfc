"""The desktop application shell: main window, docks, dialogs, settings, i18n."""
