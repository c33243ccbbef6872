#include "hub/store/sideconnection.h"

#include "core/storage/sqlerror.h"
#include "hub/hublogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parley::hub {

SideConnection::SideConnection(const HubDatabase &main, const QString &purpose)
    : m_db(main.cloneConnection(purpose))
{
    m_name = m_db.connectionName();
}

SideConnection::~SideConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool SideConnection::alive(bool *reopened)
{
    *reopened = false;
    if (m_db.isOpen()) {
        QSqlQuery probe(m_db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return true;
        m_db.close();
    }
    if (!m_db.open()) {
        sqlFailure(lcHubStore(), m_db.lastError());
        return false;
    }
    *reopened = true;
    return true;
}

bool SideConnection::ask(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        sqlFailure(lcHubStore(), query.lastError(), sql);
        return false;
    }
    return query.next() && query.value(0).toBool();
}

} // namespace parley::hub
