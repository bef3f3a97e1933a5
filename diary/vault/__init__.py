"""The vault: the private folder that holds the key header, the database and the attachments."""
