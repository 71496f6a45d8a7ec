"""Keeping a journal safe: verified backups and their rotation, restore, health checks and salvage of a damaged journal."""
