#pragma once

#include "core/domain/messagetemplate.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

class TemplateRepository {
public:
    explicit TemplateRepository(HubDatabase &db) : m_db(db) {}

    Id insert(const MessageTemplate &t); // 0 when name + language exist already
    bool save(const MessageTemplate &t);
    std::optional<MessageTemplate> byId(Id id);
    std::optional<MessageTemplate> byMetaId(const QString &metaTemplateId);
    // R6.2: a deleted template leaves the store, and with it the 200 count.
    bool remove(Id id);
    QList<MessageTemplate> all();

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
