-- Customers, their contacts, custom fields, the search index and the outgoing
-- notification queue. Column names are the field catalog's keys
-- (common/domain/FieldCatalog.cpp); a test checks that they match.
CREATE TABLE customers (
    id {{ID}},
    version BIGINT NOT NULL DEFAULT 1,
    name TEXT NOT NULL DEFAULT '',
    short_name TEXT NOT NULL DEFAULT '',
    english_name TEXT NOT NULL DEFAULT '',
    customer_no TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    customer_type TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    phone2 TEXT NOT NULL DEFAULT '',
    fax TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    legal_name TEXT NOT NULL DEFAULT '',
    credit_code TEXT NOT NULL DEFAULT '',
    legal_representative TEXT NOT NULL DEFAULT '',
    company_nature TEXT NOT NULL DEFAULT '',
    founded_on TEXT NOT NULL DEFAULT '',
    registered_capital BIGINT,
    employees BIGINT,
    annual_revenue BIGINT,
    main_products TEXT NOT NULL DEFAULT '',
    business_scope TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL DEFAULT '',
    bank_name TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    tax_no TEXT NOT NULL DEFAULT '',
    invoice_title TEXT NOT NULL DEFAULT '',
    invoice_address TEXT NOT NULL DEFAULT '',
    invoice_phone TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT '',
    credit_limit BIGINT,
    deal_total BIGINT,
    groups TEXT NOT NULL DEFAULT '',
    value_class TEXT NOT NULL DEFAULT '',
    cooperation TEXT NOT NULL DEFAULT '',
    contact_cycle TEXT NOT NULL DEFAULT '',
    sales_area TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    requirements TEXT NOT NULL DEFAULT '',
    competitors TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    last_contact_on TEXT NOT NULL DEFAULT '',
    next_contact_on TEXT NOT NULL DEFAULT '',
    next_action TEXT NOT NULL DEFAULT '',
    success_rate BIGINT,
    expected_amount BIGINT,
    expected_close_on TEXT NOT NULL DEFAULT '',
    custom TEXT NOT NULL DEFAULT '{}',
    owner_id BIGINT REFERENCES users (id),
    department_id BIGINT NOT NULL REFERENCES departments (id),
    creator_id BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users (id),
    updated_at BIGINT NOT NULL,
    assigned_at BIGINT,
    deleted_at BIGINT,
    deleted_by BIGINT REFERENCES users (id),
    -- Derived keys, written by the server with every change:
    name_key TEXT NOT NULL DEFAULT '',     -- folded name without spaces or punctuation (duplicates, exact/prefix search)
    name_initials TEXT NOT NULL DEFAULT '', -- pinyin initials of the name (prefix search)
    name_sort TEXT NOT NULL DEFAULT '',    -- pinyin of the name, the list's order by name
    phone_key TEXT NOT NULL DEFAULT '',    -- digits of the telephone (duplicates)
    email_key TEXT NOT NULL DEFAULT ''     -- lower-case e-mail (duplicates)
);
-- Lists never show binned customers: every list index starts with deleted_at.
CREATE INDEX customers_name_sort ON customers (deleted_at, name_sort, id);
CREATE INDEX customers_owner ON customers (owner_id, deleted_at, name_sort, id);
CREATE INDEX customers_department ON customers (department_id, deleted_at, name_sort, id);
CREATE INDEX customers_creator ON customers (creator_id);
CREATE INDEX customers_created ON customers (deleted_at, created_at, id);
CREATE INDEX customers_updated ON customers (deleted_at, updated_at, id);
CREATE INDEX customers_region ON customers (province, city);
CREATE INDEX customers_name_key ON customers (name_key);
CREATE INDEX customers_name_initials ON customers (name_initials);
CREATE INDEX customers_mobile ON customers (mobile);
CREATE INDEX customers_phone_key ON customers (phone_key);
CREATE INDEX customers_email_key ON customers (email_key);
CREATE INDEX customers_deleted ON customers (deleted_at);

-- More followers than the owner (assign with mode "add").
CREATE TABLE customer_followers (
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (customer_id, user_id)
);
CREATE INDEX customer_followers_user ON customer_followers (user_id, customer_id);

CREATE TABLE contacts (
    id {{ID}},
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    version BIGINT NOT NULL DEFAULT 1,
    name TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    salutation TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    im TEXT NOT NULL DEFAULT '',
    birthday TEXT NOT NULL DEFAULT '',
    hobbies TEXT NOT NULL DEFAULT '',
    manager_name TEXT NOT NULL DEFAULT '',
    manager_phone TEXT NOT NULL DEFAULT '',
    assistant_name TEXT NOT NULL DEFAULT '',
    assistant_phone TEXT NOT NULL DEFAULT '',
    native_place TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    spouse_name TEXT NOT NULL DEFAULT '',
    children TEXT NOT NULL DEFAULT '',
    family TEXT NOT NULL DEFAULT '',
    home_address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    birthday_md TEXT NOT NULL DEFAULT '', -- MM-DD of the birthday, for the birthday scan
    name_key TEXT NOT NULL DEFAULT '',
    phone_key TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX contacts_customer ON contacts (customer_id, is_primary);
CREATE INDEX contacts_birthday ON contacts (birthday_md);
CREATE INDEX contacts_mobile ON contacts (mobile);
CREATE INDEX contacts_phone_key ON contacts (phone_key);
CREATE INDEX contacts_email_key ON contacts (email_key);

-- Fields an administrator added (fields.create); values live in customers.custom.
CREATE TABLE custom_fields (
    id {{ID}},
    entity TEXT NOT NULL,
    field_key TEXT NOT NULL,
    label TEXT NOT NULL,
    field_type TEXT NOT NULL,
    tab TEXT NOT NULL,
    choices TEXT NOT NULL DEFAULT '[]',
    required INTEGER NOT NULL DEFAULT 0,
    listable INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX custom_fields_key ON custom_fields (entity, field_key);

-- Mail and SMS waiting for the communications module; in-app notices are pushed at once.
CREATE TABLE outbox (
    id {{ID}},
    channel TEXT NOT NULL,
    recipient_user_id BIGINT REFERENCES users (id),
    address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id),
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at BIGINT,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_state ON outbox (state, id);

CREATE TABLE notifications (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id BIGINT,
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, id);

-- The search index: one row per customer with its folded text (names, contact
-- names, pinyin, phones, e-mails, address). Substrings of three or more characters
-- use a trigram index, shorter queries a word index where every Chinese character,
-- every pinyin syllable group and every number is a word.
-- @sqlite
CREATE VIRTUAL TABLE customer_search_tri USING fts5(body, tokenize = 'trigram');
CREATE VIRTUAL TABLE customer_search_words USING fts5(body, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');
-- @end
-- @postgresql
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE customer_search (
    customer_id BIGINT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    words TEXT[] NOT NULL
);
CREATE INDEX customer_search_tri ON customer_search USING gin (body gin_trgm_ops);
CREATE INDEX customer_search_words ON customer_search USING gin (words);
-- Prefix searches on names (LIKE 'abc%') need pattern operators under any collation.
CREATE INDEX customers_name_key_prefix ON customers (name_key text_pattern_ops);
CREATE INDEX customers_name_initials_prefix ON customers (name_initials text_pattern_ops);
-- @end
