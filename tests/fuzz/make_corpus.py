#!/usr/bin/env python3
"""Writes the seed corpus (tests/fuzz/corpus/) and the dictionary (tests/fuzz/cordial.dict)
of the protocol fuzz target. Run it after adding an op or a field; both outputs are
checked in, so that the fuzz runs in CI start from the same place.

Each seed is a byte stream as a client sends it: frames of 4-byte big-endian length
and a CBOR request. The records the arguments name exist in the fuzz target's
database (see populate() in dispatch_fuzzer.cpp): departments 1-3, users 1-5 (1 the
administrator), customers 1-6 (6 in the recycle bin) with contacts 1-6, custom
field 1, a custom role (6, after the five built-in ones), group 1, notifications
of the administrator and computer 1 (pending; the administrator's login proves it). "@upload" and "@download" stand for
the last upload and download ids."""

import io
import os
import re
import shutil
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def head(major, value):
    if value < 24:
        return bytes([major << 5 | value])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if value < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | info]) + struct.pack(fmt, value)
    raise ValueError(value)


def cbor(value):
    """A small CBOR encoder: what the requests below need, and no more."""
    if value is None:
        return b"\xf6"
    if value is True:
        return b"\xf5"
    if value is False:
        return b"\xf4"
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, float):
        return b"\xfb" + struct.pack(">d", value)
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode("utf-8")
        return head(3, len(data)) + data
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):
        return head(5, len(value)) + b"".join(cbor(k) + cbor(v) for k, v in value.items())
    raise TypeError(type(value))


def frame(payload):
    return struct.pack(">I", len(payload)) + payload


def request(op, args, request_id=1):
    return frame(cbor({"id": request_id, "op": op, "args": args}))


def xlsx(rows):
    """A minimal XLSX workbook whose first sheet holds rows of inline strings."""
    def cell(ref, text):
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(cell(f"{chr(65 + c)}{r + 1}", v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_rows}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(info, text)
    return out.getvalue()


# Valid arguments of each op; ops not listed get {}.
ARGS = {
    "hello": {"protocol": 1, "client": "fuzz"},
    "auth.login": {"user": "admin", "password": "admin-pass-123", "machine": "fuzz"},
    "auth.resume": {"token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "machine": "fuzz",
                    "machine_key": bytes(range(32)), "machine_signature": bytes(64)},
    "auth.change_password": {"old": "wrong-password", "new": "another-pass-456"},
    "departments.create": {"name": "北京分公司", "parent_id": 1},
    "departments.update": {"id": 3, "name": "销售二部", "parent_id": 1},
    "departments.delete": {"id": 3},
    "users.list": {"query": "user", "department_id": 1, "include_disabled": True, "limit": 2},
    "users.get": {"id": 2},
    "users.lookup": {"query": "zs", "ids": [2, 3], "department_id": 1, "limit": 5},
    "users.create": {"login": "fuzzer", "display_name": "模糊", "password": "fuzz-pass-123", "role": "staff",
                     "department_id": 2, "email": "fuzz@example.com", "mobile": "+86 138", "title": "测试"},
    "users.update": {"id": 4, "display_name": "改名", "role": "manager", "department_id": 3},
    "users.enable": {"id": 4},
    "users.reset_password": {"id": 5, "password": "reset-pass-123"},
    "audit.list": {"entity": "customer", "entity_id": 1, "op": "customers.create",
                   "from": "2020-01-01T00:00:00.000Z", "limit": 5},
    "notifications.list": {"unread_only": True, "limit": 5},
    "notifications.mark_read": {"ids": [1]},
    "fields.list": {"entity": "contact", "include_retired": True},
    "fields.create": {"label": "模糊字段", "type": "multi_choice", "tab": "groups", "key": "fuzz_tags",
                      "choices": ["红", {"key": "g", "label": "绿"}], "required": False, "listable": True, "position": 0},
    "fields.update": {"id": 1, "label": "新标签", "choices": ["甲", "乙", "丙"], "retired": False},
    "customers.create": {"name": "模糊测试客户", "mobile": "138-0013-8999", "phone": "010-12345678",
                         "email": "a@b.cn", "province": "北京市", "city": "东城区", "employees": 12,
                         "annual_revenue": "1,234.50", "founded_on": "2001-02-03", "groups": ["vip"],
                         "kind": "company", "cf_1": "c1",
                         "contacts": [{"name": "王五", "primary": True, "birthday": "1990-12-31"}],
                         "allow_duplicate": True},
    "customers.get": {"id": 1, "binned": False},
    "customers.update": {"id": 1, "version": 1, "short_name": "模糊", "credit_limit": 1000.5, "owner_id": 2},
    "customers.delete": {"ids": [2, 3, 999]},
    "customers.restore": {"id": 6},
    "customers.purge": {"id": 6},
    "customers.list": {"filters": {"province": ["广东省"], "employees": {"from": 1, "to": 100},
                                   "name": "客户", "created_at": {"from": "2020-01-01"}},
                       "sort": "-name", "limit": 3, "columns": ["name", "mobile"], "binned": False},
    "customers.search": {"query": "ceshi", "filters": {"grade": ["a", "b"], "owner_id": 1,
                                                    "created_at": {"from": "2020-01-01", "to": "2030-12-31"}},
                         "limit": 5, "columns": ["name"]},
    "customers.duplicates": {"name": "测试客户1有限公司", "mobile": "13800138000", "exclude_id": 2},
    "customers.birthdays": {"days": 366, "from": "2024-02-28"},
    "customers.assign": {"ids": [1, 2, 3], "to": [2, 3], "mode": "replace", "notify": "mail",
                         "notify_whom": ["follower", "creator", "target"]},
    "customers.recall": {"by": {"follower": 2}, "to": 1},
    "customers.bulk_update": {"filters": {"province": "广东省"}, "field": "grade", "value": "a"},
    "files.upload": {"data": "客户名称,手机\n上传客户,13900139000\n".encode("utf-8"), "done": True, "name": "a.csv"},
    "customers.import_preview": {"upload_id": "@upload", "mapping": {"0": "name", "1": "mobile"}, "has_header": True},
    "customers.import_commit": {"upload_id": "@upload", "duplicates": "update"},
    "customers.export": {"format": "xlsx", "filters": {"province": "广东省"}, "columns": ["name", "employees"]},
    "files.download": {"download_id": "@download", "offset": 0, "length": 100},
    "customers.print": {"ids": [1, 2, 999]},
    "contacts.create": {"customer_id": 1, "name": "赵六", "mobile": "13700137000", "primary": True},
    "contacts.update": {"id": 1, "version": 1, "title": "经理", "birthday": "2000-02-29"},
    "contacts.delete": {"id": 2},
    "roles.create": {"name": "临时工", "description": "只读",
                     "modules": {"customers": {"level": "author", "scope": "own", "extras": ["export"],
                                               "fields": {"credit_limit": "hidden", "mobile": "read_only",
                                                          "contacts.mobile": "hidden"}}},
                     "ip_ranges": ["192.168.1.0/24", "2001:db8::/32", "::ffff:10.0.0.0/104"],
                     "registered_machines_only": False},
    "roles.update": {"id": 6, "version": 1, "modules": {"sales": {"level": "editor", "scope": "department_tree"}}},
    "roles.delete": {"id": 6},
    "groups.create": {"name": "华东组", "description": "组", "members": [2, 3], "roles": ["manager"]},
    "groups.update": {"id": 1, "version": 1, "members": [4], "roles": ["readonly"]},
    "groups.delete": {"id": 1},
    "users.access": {"id": 3},
    "users.disable": {"id": 4, "successor": "department_manager"},
    "sessions.list": {"user_id": 1},
    "sessions.revoke": {"id": 2},
    "bans.lift": {"kind": "address", "key": "127.0.0.1"},
    "machines.list": {"status": "pending"},
    "machines.approve": {"id": 1, "version": 1, "name": "上海前台电脑"},
    "machines.revoke": {"id": 1, "version": 2},
    "machines.rename": {"id": 1, "version": 1, "name": "销售部电脑"},
    "machines.delete": {"id": 1},
    "customers.history": {"id": 1, "limit": 5},
    "customers.restore_version": {"id": 1, "audit_id": 20, "version": 1},
    "customers.access": {"id": 1},
    "customers.set_access": {"id": 1, "version": 1, "readers": [{"user": 2}, {"department": 2, "name": "销售部"}],
                             "editors": [{"group": 1}]},
}


def ops():
    text = open(os.path.join(ROOT, "server", "net", "OpTable.cpp"), encoding="utf-8").read()
    return re.findall(r'\{QStringLiteral\("([a-z_.]+)"\), S::', text)


def catalog_keys():
    text = open(os.path.join(ROOT, "common", "domain", "FieldCatalog.cpp"), encoding="utf-8").read()
    return sorted(set(re.findall(r'field\("([a-z_0-9]+)"', text)))


def seeds():
    out = {}
    for op in ops():
        out["op-" + op] = request(op, ARGS.get(op, {}))
    hello = request("hello", ARGS["hello"])
    out["seq-hello-login-whoami"] = hello + request("auth.login", ARGS["auth.login"], 2) + request("auth.whoami", {}, 3)
    out["seq-upload-csv-import"] = (request("files.upload", ARGS["files.upload"])
                                    + request("customers.import_preview", {"upload_id": "@upload"}, 2)
                                    + request("customers.import_commit", {"upload_id": "@upload", "duplicates": "create"}, 3))
    gbk = "客户名称\t电话\n国标客户\t0755-1234567\n".encode("gb18030")
    out["seq-upload-gbk-preview"] = (request("files.upload", {"data": gbk, "done": True})
                                     + request("customers.import_preview", {"upload_id": "@upload"}, 2))
    book = xlsx([["客户名称", "成立日期", "是否重点"], ["表格客户", "2024/3/15", "是"]])
    out["seq-upload-xlsx-import"] = (request("files.upload", {"data": book, "done": True})
                                     + request("customers.import_preview", {"upload_id": "@upload"}, 2)
                                     + request("customers.import_commit", {"upload_id": "@upload"}, 3))
    out["seq-upload-in-chunks"] = (request("files.upload", {"data": b"name\n"})
                                   + request("files.upload", {"upload_id": "@upload", "data": b"x\n", "done": True}, 2))
    out["seq-approve-revoke-machine"] = (request("machines.approve", ARGS["machines.approve"])
                                         + request("machines.revoke", ARGS["machines.revoke"], 2)
                                         + request("machines.list", {}, 3))
    out["seq-export-download"] = (request("customers.export", {"format": "csv"})
                                  + request("files.download", {"download_id": "@download"}, 2))
    out["seq-create-update-delete"] = (request("customers.create", {"name": "流程客户"})
                                       + request("customers.update", {"id": 7, "version": 1, "notes": "备注"}, 2)
                                       + request("customers.delete", {"id": 7}, 3)
                                       + request("customers.restore", {"id": 7}, 4))
    # Payloads without a frame header, which the target also tries as one payload.
    out["raw-request"] = cbor({"id": 3, "op": "customers.get", "args": {"id": 1}})
    out["raw-indefinite"] = b"\xbf" + cbor("id") + cbor(4) + cbor("op") + cbor("ping") + cbor("args") + b"\xbf\xff\xff"
    # Refusals of the framing and the envelope.
    out["bad-zero-length"] = struct.pack(">I", 0)
    out["bad-over-limit"] = struct.pack(">I", 0xFFFFFFFF) + b"x"
    out["bad-nested"] = frame(b"\xa3" + cbor("id") + cbor(5) + cbor("op") + cbor("ping") + cbor("args") + b"\xa1\x61k" * 40 + b"\xa0")
    out["bad-tagged-args"] = frame(b"\xa3" + cbor("id") + cbor(6) + cbor("op") + cbor("users.get") + cbor("args")
                                   + b"\xa1" + cbor("id") + b"\xc1\x01")
    # U+0000 in a search query ended the FTS5 query string (found by the fuzz target).
    out["bad-nul-text"] = frame(cbor({"id": 7, "op": "customers.search",
                                      "args": {"query": "ce\x00hi", "filters": {"grade": ["a", "b\x00"]}}}))
    return out


def dictionary():
    words = set(ops()) | set(catalog_keys())
    for args in ARGS.values():
        words |= set(args)
        for value in args.values():
            if isinstance(value, str):
                words.add(value)
    words |= {"id", "op", "args", "@upload", "@download", "contacts.0.name", "-name", "csv", "xlsx", "skip",
              "approved", "revoked",
              "update", "create", "replace", "add", "none", "mail", "sms", "creator", "follower", "region",
              "from", "to", "customer", "contact", "administrator", "director", "manager", "staff", "readonly",
              "department", "group"}
    lines = ['# CBOR text strings the protocol uses (made by make_corpus.py).']
    for word in sorted(words):
        data = cbor(word)
        lines.append('"' + "".join(f"\\x{b:02x}" for b in data) + '"')
    for raw in (b"\x9f", b"\xbf", b"\xff", b"\xf6", b"\xf5", b"\xfb", b"\x1b", b"\x3b", b"\x5a", b"\x7a", b"\xc1"):
        lines.append('"' + "".join(f"\\x{b:02x}" for b in raw) + '"')
    return "\n".join(lines) + "\n"


def main():
    corpus = os.path.join(HERE, "corpus")
    shutil.rmtree(corpus, ignore_errors=True)
    os.makedirs(corpus)
    for name, data in sorted(seeds().items()):
        with open(os.path.join(corpus, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "cordial.dict"), "w", encoding="ascii") as f:
        f.write(dictionary())
    missing = [op for op in ops() if op not in ARGS and op not in ("ping", "auth.logout", "auth.whoami", "roles.list",
                                                                     "departments.list", "audit.verify", "regions.list",
                                                                     "customers.import_template", "groups.list",
                                                                     "bans.list")]
    if missing:
        sys.exit("no seed arguments for: " + ", ".join(missing))


if __name__ == "__main__":
    main()
