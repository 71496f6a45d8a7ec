"""The Qt Widgets app. Only this package imports Qt."""
