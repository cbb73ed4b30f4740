#include "admin/AdminText.h"

namespace cordial::client::admin {

QString AdminText::roleName(const QString &role)
{
    if (role == QLatin1String("administrator"))
        return tr("系统管理员");
    if (role == QLatin1String("director"))
        return tr("总监");
    if (role == QLatin1String("manager"))
        return tr("经理");
    if (role == QLatin1String("staff"))
        return tr("业务员");
    if (role == QLatin1String("readonly"))
        return tr("只读");
    return role;
}

QString AdminText::errorMessage(const protocol::Error &error)
{
    using protocol::ErrorCode;
    QString lead;
    switch (error.code) {
    case ErrorCode::Unauthenticated:
        lead = tr("会话已结束，请重新登录。");
        break;
    case ErrorCode::Forbidden:
        lead = tr("您没有执行此操作的权限。");
        break;
    case ErrorCode::NotFound:
        lead = tr("找不到该记录，它可能已被删除。请刷新后重试。");
        break;
    case ErrorCode::Invalid:
        lead = tr("输入的内容无效。");
        break;
    case ErrorCode::Conflict:
        lead = tr("与现有数据冲突。");
        break;
    case ErrorCode::RateLimited:
        lead = tr("请求过于频繁，请稍后再试。");
        break;
    case ErrorCode::TooLarge:
        lead = tr("内容过大。");
        break;
    case ErrorCode::Internal:
        lead = tr("服务器或网络出错，未保存任何更改。请稍后重试。");
        break;
    case ErrorCode::BadRequest:
    case ErrorCode::UnsupportedProtocol:
        lead = tr("客户端与服务器版本不匹配。");
        break;
    }
    if (error.message.isEmpty())
        return lead;
    return tr("%1（%2）").arg(lead, error.message);
}

QString AdminText::fieldErrorMessage(const protocol::Error &error)
{
    using protocol::ErrorCode;
    const QString &field = error.field;
    QString lead;
    if (error.code == ErrorCode::Conflict && field == QLatin1String("login"))
        lead = tr("该登录名已被使用，请换一个。");
    else if (error.code == ErrorCode::Conflict && field == QLatin1String("role"))
        lead = tr("这样改会使系统中没有可用的系统管理员。");
    else if (error.code == ErrorCode::Conflict && field == QLatin1String("name"))
        lead = tr("同一上级部门下已有同名部门，请换一个名称。");
    else if (error.code == ErrorCode::NotFound)
        lead = tr("所选项目已不存在，可能已被删除。");
    else if (field == QLatin1String("password"))
        lead = tr("密码不符合要求。");
    else if (field == QLatin1String("login"))
        lead = tr("登录名只能包含字母、数字、点(.)、下划线(_)和连字符(-)，最长 64 个字符。");
    else if (field == QLatin1String("display_name"))
        lead = tr("姓名不能为空，最长 100 个字符。");
    else if (field == QLatin1String("email"))
        lead = tr("电子邮件地址无效。");
    else if (field == QLatin1String("mobile"))
        lead = tr("手机号码只能包含数字、+、- 和空格。");
    else if (field == QLatin1String("name"))
        lead = tr("部门名称不能为空，最长 100 个字符。");
    else
        return errorMessage(error);
    if (error.message.isEmpty())
        return lead;
    return tr("%1（%2）").arg(lead, error.message);
}

} // namespace cordial::client::admin
