#pragma once

#include "core/domain/messagetemplate.h"
#include "core/rules/ruleerror.h"

#include <QList>
#include <QString>

namespace parley {

// Limits the editor's counters show (R6.2) and Meta's name rule (whatsapp-cloud-api.md §8).
constexpr int templateBodyMaxLength = 900;
constexpr int templateMaxMergeFields = 10;
constexpr int templatesPerAccountMax = 200;
constexpr int templateNameMaxLength = 512;

// The body length the 900 limit applies to, and the editor's live counter: Unicode code points
// of the text Meta receives, i.e. after each "$[Module.Field]" became "{{n}}" (the field names
// are an editor notation neither Meta nor the customer sees). A single-code-point emoji counts
// once; a flag or a ZWJ sequence counts each of its code points.
int templateBodyLength(const QString &body);

// Code points of any text; an unpaired surrogate counts as one.
int codePointCount(const QString &text);

// Everything wrong with the template's own content, all of it, in this order: name (missing,
// too long, invalid characters), language missing, category, body (missing, "{{" or "}}" typed
// by hand, too long, too many fields, each field unknown for the template's module, each pair of
// adjacent fields, a field at the start, a field at the end), then the header, footer and
// buttons (validateTemplateComponents, templatecomponentrules.h).
//
// "Text" around or between fields means at least one letter or digit: Meta's review treats
// fields separated only by spaces or punctuation as adjacent, and "... {{2}}." as ending with a
// field.
RuleErrors validateTemplate(const MessageTemplate &messageTemplate);

// The category as it arrives on the wire ("MARKETING" / "UTILITY"); the enum cannot hold
// anything else. Meta's AUTHENTICATION is not offered (R6.1).
RuleErrors checkTemplateCategoryName(const QString &name);

// R6.2: pending, approved and rejected templates count toward the 200; drafts do not.
bool countsTowardTemplateLimit(TemplateStatus status);
int countTemplatesTowardLimit(const QList<MessageTemplate> &templates);

// Submitting a template that does not yet count needs room: `countedTemplates` of 199 is fine,
// 200 is refused with "template_limit_reached".
RuleErrors checkTemplateLimit(int countedTemplates);

// R6.4: pending (in review) and approved templates are locked.
RuleErrors checkTemplateEditable(TemplateStatus status);

// Saving = submitting to Meta (R6.3): the content rules, the lock, and, when the template does
// not count yet (a draft), the account limit. A rejected template being resubmitted already
// counts, so it needs no room.
RuleErrors checkTemplateSubmission(const MessageTemplate &messageTemplate, int countedTemplates);

// R6.4: only approved templates can be sent.
RuleErrors checkTemplateSendable(const MessageTemplate &messageTemplate);

} // namespace parley
