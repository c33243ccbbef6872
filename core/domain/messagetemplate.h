#pragma once

#include "core/domain/ids.h"
#include "core/domain/record.h"
#include "core/domain/templatecomponents.h"

#include <QString>
#include <QStringList>

namespace parley {

// R6.1: CRM calls Utility "Notification".
enum class TemplateCategory { Marketing, Utility };
// R6.3: Draft is a local template never submitted (or a rejected one being edited).
enum class TemplateStatus { Draft, Pending, Approved, Rejected };

QString templateCategoryName(TemplateCategory category);
bool templateCategoryFromName(const QString &name, TemplateCategory *category);
QString templateStatusName(TemplateStatus status);
bool templateStatusFromName(const QString &name, TemplateStatus *status);

struct MessageTemplate {
    Id id = 0;
    QString name;     // Meta's name rule: ^[a-z0-9_]+$, at most 512
    QString language; // e.g. "pt_BR"
    TemplateCategory category = TemplateCategory::Utility;
    Module module = Module::Leads;
    // The body as the admin wrote it, with "#"-inserted fields kept as "$[Module.Field]";
    // core/rules/mergefields maps them to Meta's {{1}}…{{n}}.
    QString body;
    TemplateHeader header;
    QString footer; // static text, at most 60 characters
    QList<TemplateButton> buttons;
    // The channel whose WhatsApp Business account holds the template (0: the first connected
    // channel's, for templates submitted before this was chosen).
    Id channelId = 0;
    TemplateStatus status = TemplateStatus::Draft;
    QString rejectionReason;
    QString metaTemplateId;
    TimestampMs updatedAt = 0;
};

} // namespace parley
