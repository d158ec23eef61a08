"""Rasa input channels of this project, registered by module path in credentials.yml."""
