-- Roles become data: an administrator edits them and gives them to users, to whole
-- departments (every member of the department and of the departments below it) and to
-- user groups. A user's effective access is the union of all of them.
-- `definition` is the JSON form of the grants (common/domain/Roles.h); built-in roles
-- are inserted by the server from the code's definitions when missing (seedBuiltInRoles).
-- users.role stays the user's primary role (by name); user_roles adds more.
CREATE TABLE roles (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0,
    definition TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role_id BIGINT NOT NULL REFERENCES roles (id),
    PRIMARY KEY (user_id, role_id)
);
CREATE INDEX user_roles_role ON user_roles (role_id);

CREATE TABLE department_roles (
    department_id BIGINT NOT NULL REFERENCES departments (id),
    role_id BIGINT NOT NULL REFERENCES roles (id),
    PRIMARY KEY (department_id, role_id)
);
CREATE INDEX department_roles_role ON department_roles (role_id);

CREATE TABLE user_groups (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE group_members (
    group_id BIGINT NOT NULL REFERENCES user_groups (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);

CREATE TABLE group_roles (
    group_id BIGINT NOT NULL REFERENCES user_groups (id),
    role_id BIGINT NOT NULL REFERENCES roles (id),
    PRIMARY KEY (group_id, role_id)
);
CREATE INDEX group_roles_role ON group_roles (role_id);
