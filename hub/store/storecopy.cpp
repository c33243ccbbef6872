#include "hub/store/storecopy.h"

#include <QCryptographicHash>
#include <QSqlField>
#include <QSqlRecord>
#include <QtEndian>

namespace parley::hub {
namespace {

// The copy's own bookkeeping is not copied: the target's migration wrote it.
bool copied(const QString &table)
{
    return table != QLatin1String("schema_version");
}

QString canonical(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    if (value.typeId() == QMetaType::Double) // PostgreSQL's numeric sums; never a column here
        return QString::number(value.toLongLong());
    return value.toString();
}

} // namespace

QStringList StoreCopy::tables(QString *error)
{
    const QString sql = m_source.dialect() == HubDatabase::Dialect::Postgres
                            ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                             " WHERE table_schema = current_schema()"
                                             " AND table_type = 'BASE TABLE'")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND name NOT LIKE 'sqlite_%'");
    QSqlQuery q = m_source.exec(sql);
    if (!q.isActive()) {
        *error = m_source.errorString();
        return {};
    }
    QStringList names;
    while (q.next()) {
        if (copied(q.value(0).toString()))
            names.append(q.value(0).toString());
    }
    names.sort();
    // Triggers keep conversation_periods from conversations and messages: copied last, it
    // replaces whatever the triggers made while the others were copied.
    if (names.removeAll(QStringLiteral("conversation_periods")) > 0)
        names.append(QStringLiteral("conversation_periods"));
    return names;
}

StoreCopy::TableSum StoreCopy::sum(HubDatabase &db, const QString &table)
{
    TableSum result;
    QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    if (!q.isActive())
        return result;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QByteArray row;
        for (int i = 0; i < record.count(); ++i) {
            row += record.fieldName(i).toUtf8() + '=' + canonical(q.value(i)).toUtf8();
            row += '\x1f';
        }
        const QByteArray digest = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
        result.checksum += qFromBigEndian<quint64>(digest.constData());
        ++result.rows;
    }
    result.ok = true;
    return result;
}

bool StoreCopy::copyTable(const QString &table, qint64 *count, QString *error)
{
    *count = 0;
    Transaction transaction(m_target);
    if (!transaction.isOpen() ||
        !m_target.exec(QStringLiteral("DELETE FROM %1").arg(table)).isActive()) {
        *error = m_target.errorString();
        return false;
    }
    QSqlQuery rows = m_source.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    if (!rows.isActive()) {
        *error = m_source.errorString();
        return false;
    }
    QString insert;
    while (rows.next()) {
        const QSqlRecord record = rows.record();
        if (insert.isEmpty()) {
            QStringList columns;
            QStringList marks;
            for (int i = 0; i < record.count(); ++i) {
                columns.append(record.fieldName(i));
                marks.append(QStringLiteral("?"));
            }
            insert =
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
        }
        QVariantList values;
        // NULL stays NULL (a message without a wamid), not the empty text that
        // HubDatabase binds for a null string.
        for (int i = 0; i < record.count(); ++i)
            values.append(rows.value(i).isNull() ? QVariant::fromValue(nullptr) : rows.value(i));
        if (!m_target.run(insert, values)) {
            *error = m_target.errorString();
            return false;
        }
        ++*count;
    }
    if (!resetIdentity(table, error))
        return false;
    if (!transaction.commit()) {
        *error = m_target.errorString();
        return false;
    }
    return true;
}

bool StoreCopy::resetIdentity(const QString &table, QString *error)
{
    if (m_target.dialect() != HubDatabase::Dialect::Postgres)
        return true; // SQLite's rowids follow the largest key by themselves
    // Rows came with their ids: the identity's next value goes past them.
    QSqlQuery q = m_target.exec(
        QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                       " current_schema() AND table_name = ? AND is_identity = 'YES'"),
        {table});
    if (!q.isActive()) {
        *error = m_target.errorString();
        return false;
    }
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    for (const QString &column : columns) {
        if (!m_target
                 .exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'),"
                                      " coalesce(max(%2), 0) + 1, false) FROM %1")
                           .arg(table, column))
                 .isActive()) {
            *error = m_target.errorString();
            return false;
        }
    }
    return true;
}

bool StoreCopy::run(QString *error)
{
    const auto version = [](HubDatabase &db) {
        return db.scalar(QStringLiteral("SELECT max(version) FROM schema_version"), {}, 0)
            .toLongLong();
    };
    if (version(m_source) != version(m_target)) {
        *error = QStringLiteral("the stores are at schema versions %1 and %2")
                     .arg(version(m_source))
                     .arg(version(m_target));
        return false;
    }
    // One snapshot of the source for the whole copy.
    Transaction snapshot(m_source, Transaction::Snapshot{});
    if (!snapshot.isOpen()) {
        *error = m_source.errorString();
        return false;
    }
    const QStringList names = tables(error);
    if (names.isEmpty())
        return false;
    for (const QString &table : names) {
        const TableSum want = sum(m_source, table);
        if (!want.ok) {
            *error = m_source.errorString();
            return false;
        }
        TableSum have = sum(m_target, table);
        if (have.ok && have.rows == want.rows && have.checksum == want.checksum) {
            if (m_progress)
                m_progress(QStringLiteral("%1: %2 rows already there, verified")
                               .arg(table)
                               .arg(want.rows));
            continue;
        }
        qint64 count = 0;
        if (!copyTable(table, &count, error))
            return false;
        have = sum(m_target, table);
        if (!have.ok || have.rows != want.rows || have.checksum != want.checksum) {
            *error = QStringLiteral("%1: the copy does not match the source (%2 rows of %3)")
                         .arg(table)
                         .arg(have.rows)
                         .arg(want.rows);
            return false;
        }
        if (m_progress)
            m_progress(QStringLiteral("%1: %2 rows copied, verified").arg(table).arg(count));
    }
    return true;
}

} // namespace parley::hub
