"""Text utilities shared by builders: digits, numbers, dates, UN symbols.

Each takes a :class:`kg.lang.LanguagePack` for what differs between languages.
"""
