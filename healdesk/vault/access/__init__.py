"""The ways into a vault: key derivation and wrapping, the key file's slots, the device secret."""
