"""Commands that create a journal or change how it is unlocked: init, keys, passwd, rekey."""
