// A request's caller is resolved from the access snapshot and remembered for the
// snapshot's life: the remembered answer is resolve()'s, per user and per address.
#include "auth/AccessRegistry.h"

#include <catch2/catch.hpp>

using namespace cordial;
using namespace cordial::server::auth;

namespace {

// A staff user (id 7, department 3) who also holds "分公司" from addresses 10.1.0.0/16 only.
std::shared_ptr<AccessSnapshot> branchSnapshot()
{
    auto s = std::make_shared<AccessSnapshot>();
    StoredRole staff{1, 1, true, *domain::findBuiltInRole(QStringLiteral("staff"))};
    StoredRole branch{2, 1, false, *domain::findBuiltInRole(QStringLiteral("director"))};
    branch.definition.name = QStringLiteral("分公司");
    branch.definition.ipRanges = {QStringLiteral("10.1.0.0/16")};
    for (const StoredRole &r : {staff, branch}) {
        s->roles.insert(r.id, r);
        s->roleIds.insert(r.definition.name, r.id);
    }
    s->userRoles.insert(7, {2});
    s->departmentParent.insert(3, 0);
    return s;
}

} // namespace

TEST_CASE("a remembered resolution is resolve()'s, for each address on its own")
{
    const auto snapshot = branchSnapshot();
    const RequestOrigin inBranch{QStringLiteral("10.1.2.3"), false};
    const RequestOrigin elsewhere{QStringLiteral("192.168.1.9"), false};

    const auto there = snapshot->resolveRemembered(7, 3, QStringLiteral("staff"), inBranch);
    const ResolvedAccess fresh = snapshot->resolve(7, 3, QStringLiteral("staff"), inBranch);
    CHECK(there->rights == fresh.rights);
    CHECK(there->access.roles == fresh.access.roles);
    CHECK(there->rights.contains(QStringLiteral("audit.read")));
    // Asked again: the same answer, not resolved again.
    CHECK(snapshot->resolveRemembered(7, 3, QStringLiteral("staff"), inBranch) == there);

    // From another address the branch role does not apply: a separate entry.
    const auto away = snapshot->resolveRemembered(7, 3, QStringLiteral("staff"), elsewhere);
    CHECK(away != there);
    CHECK(away->refusedRoles == QStringList{QStringLiteral("分公司")});
    CHECK_FALSE(away->rights.contains(QStringLiteral("audit.read")));
    CHECK(away->rights == snapshot->resolve(7, 3, QStringLiteral("staff"), elsewhere).rights);

    // Another primary role (the user's row changed, not the snapshot): resolved anew.
    const auto promoted = snapshot->resolveRemembered(7, 3, QStringLiteral("分公司"), elsewhere);
    CHECK(promoted != away);
}
