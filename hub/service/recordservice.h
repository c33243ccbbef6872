#pragma once

#include "core/domain/predefinedtext.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

// CRM records (R9.3) and the team's predefined texts (R5): what merge fields read.
class RecordService {
public:
    explicit RecordService(HubContext &context) : m_ctx(context) {}

    CommandResult listRecords(std::optional<Module> module, const QString &search, int limit,
                              Id beforeId);
    CommandResult createRecord(const Agent &agent, Module module, const QVariantMap &fields);
    // Merges `fields` into the record (an empty value clears a field); `ownerId` > 0 reassigns.
    CommandResult updateRecord(const Agent &agent, Id id, const QVariantMap &fields, Id ownerId);

    CommandResult listTexts();
    CommandResult createText(const Agent &agent, const PredefinedText &text);
    // R5.4: the module stays as created; its merge fields depend on it.
    CommandResult updateText(const Agent &agent, const PredefinedText &text, bool moduleGiven);
    CommandResult deleteText(const Agent &agent, Id id);

private:
    CommandResult refuseViewer(const Agent &agent) const;
    std::optional<PredefinedText> text(Id id);

    HubContext &m_ctx;
};

} // namespace parley::hub
