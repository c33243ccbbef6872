#include "core/mirror/mirrorreads.h"

#include "core/logging.h"
#include "core/storage/entityrows.h"
#include "core/storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parley {
namespace {

PredefinedText readPredefinedText(const QSqlQuery &q)
{
    PredefinedText text;
    text.id = q.value(0).toLongLong();
    text.name = q.value(1).toString();
    moduleFromName(q.value(2).toString(), &text.module);
    text.body = q.value(3).toString();
    text.createdBy = q.value(4).toLongLong();
    text.updatedAt = q.value(5).toLongLong();
    return text;
}

const QString predefinedTextColumns =
    QStringLiteral("id, name, module, body, created_by, updated_at");

} // namespace

bool PredefinedTextQuery::matches(const PredefinedText &text) const
{
    if (module && text.module != *module)
        return false;
    const QString part = nameContains.trimmed();
    return part.isEmpty() || text.name.contains(part, Qt::CaseInsensitive);
}

MirrorReads::MirrorReads(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Agent> MirrorReads::agents(bool includeInactive)
{
    QList<Agent> agents;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM agents%2 ORDER BY name COLLATE NOCASE, id")
                    .arg(agentColumns(),
                         includeInactive ? QString() : QStringLiteral(" WHERE active != 0")))) {
        m_error = sqlFailure(lcMirror(), q);
        return agents;
    }
    while (q.next())
        agents.append(readAgent(q));
    return agents;
}

QList<Channel> MirrorReads::channels()
{
    QList<Channel> channels;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, department, waba_id, phone_number_id,"
                               " display_number, status, new_customers_as,"
                               " auto_close_after_minutes FROM channels"
                               " ORDER BY name COLLATE NOCASE, id"))) {
        m_error = sqlFailure(lcMirror(), q);
        return channels;
    }
    while (q.next()) {
        Channel channel; // kind: WhatsApp Cloud is the only one today
        channel.id = q.value(0).toLongLong();
        channel.name = q.value(1).toString();
        channel.department = q.value(2).toString();
        channel.wabaId = q.value(3).toString();
        channel.phoneNumberId = q.value(4).toString();
        channel.displayNumber = q.value(5).toString();
        channelStatusFromName(q.value(6).toString(), &channel.status);
        channel.newCustomersAs = q.value(7).toString() == QLatin1String("contacts")
                                     ? NewCustomerModule::Contacts
                                     : NewCustomerModule::Leads;
        channel.autoCloseAfterMinutes = q.value(8).toLongLong();
        channels.append(channel);
    }
    return channels;
}

QStringList MirrorReads::departments()
{
    // Conversations keep the department they were routed to even after their channel moved
    // to another one, so the channels alone would miss departments a filter can still match.
    QStringList departments;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT department FROM channels WHERE department != ''"
                               " UNION SELECT department FROM conversations WHERE department != ''"
                               " ORDER BY 1 COLLATE NOCASE"))) {
        m_error = sqlFailure(lcMirror(), q);
        return departments;
    }
    while (q.next())
        departments.append(q.value(0).toString());
    return departments;
}

QList<PredefinedText> MirrorReads::predefinedTexts(const PredefinedTextQuery &query)
{
    QList<PredefinedText> texts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM predefined_texts").arg(predefinedTextColumns);
    if (query.module)
        sql += QStringLiteral(" WHERE module = ?");
    sql += QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
    q.prepare(sql);
    if (query.module)
        q.addBindValue(moduleName(*query.module));
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return texts;
    }
    // The name is matched here rather than with LIKE, which folds case only for ASCII; a team
    // has a few hundred texts at most.
    while (q.next()) {
        const PredefinedText text = readPredefinedText(q);
        if (query.matches(text))
            texts.append(text);
    }
    return texts;
}

std::optional<PredefinedText> MirrorReads::predefinedText(Id id)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM predefined_texts WHERE id = ?").arg(predefinedTextColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readPredefinedText(q);
}

std::optional<Record> MirrorReads::record(Id id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(recordColumns()));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

QList<MessageTemplate> MirrorReads::templates()
{
    QList<MessageTemplate> templates;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM templates ORDER BY name, language, id")
                    .arg(templateColumns()))) {
        m_error = sqlFailure(lcMirror(), q);
        return templates;
    }
    while (q.next())
        templates.append(readTemplate(q));
    return templates;
}

QList<MessageTemplate> MirrorReads::approvedTemplates(const QString &module)
{
    QList<MessageTemplate> templates;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE status = 'APPROVED'"
                             " AND (? = '' OR module = ?) ORDER BY name")
                  .arg(templateColumns()));
    q.addBindValue(module);
    q.addBindValue(module);
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return templates;
    }
    while (q.next())
        templates.append(readTemplate(q));
    return templates;
}

} // namespace parley
