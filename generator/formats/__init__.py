"""Articles as analysts save them: web pages and PDF reports, turned into the text and
metadata the reader takes from a .txt or .md file. Each reader returns the article's body
(paragraphs separated by blank lines) and the metadata fields it could find."""
