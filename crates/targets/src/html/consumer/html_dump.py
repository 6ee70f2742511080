"""Read the generated HTML page the way a browser's parser does (html.parser) and print every
code row's cells, plus every tag and attribute name seen, so that the test can prove each
value came back as text and that no registry text became markup."""

import html.parser
import json
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.table = None
        self.stack = []
        self.row = None
        self.rows = []
        self.tags = {}
        self.attributes = set()
        self.guides = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attributes.update(attrs)
        if tag == "table":
            self.table = attrs.get("id")
        if tag == "a" and self.table is None and not attrs.get("href", "#").startswith("#"):
            self.guides.append(attrs["href"])
        if tag in VOID:
            return
        if tag == "tr" and self.table == "codes" and "id" in attrs:
            self.row = {"id": attrs["id"], "data-category": attrs.get("data-category"), "cells": {}}
            self.rows.append(self.row)
            self.stack = []
            return
        if self.row is not None:
            label = attrs.get("class", tag)
            self.stack.append(label)
            path = "/".join(self.stack)
            cells = self.row["cells"]
            cells[path] = cells[path] + "\x1f" if path in cells else ""

    def handle_endtag(self, tag):
        if tag == "table":
            self.table = None
        if self.row is None:
            return
        if tag == "tr":
            self.row = None
        elif self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.row is not None and self.stack:
            self.row["cells"]["/".join(self.stack)] += data


page = Page()
page.feed(open(sys.argv[1], encoding="utf-8").read())
page.close()
print(json.dumps({"rows": page.rows, "tags": page.tags, "attributes": sorted(page.attributes), "guides": page.guides}, ensure_ascii=False))
