#pragma once

#include "core/whatsapp/graphtemplates.h"

#include <QString>

namespace parley::sim {

// Meta's review of a submitted template, reduced to the rules that catch most real rejections.
struct ReviewVerdict {
    QString event;          // "APPROVED" or "REJECTED"
    QString reason;         // "NONE", "INVALID_FORMAT" or "INCORRECT_CATEGORY"
    QString rejectionInfo;  // rejection_info.reason (INVALID_FORMAT only, as Meta sends it)
    QString recommendation; // rejection_info.recommendation
};

// INVALID_FORMAT when a parameter starts or ends the body, two parameters have no words
// between them (spaces and punctuation do not count, as in core/rules/templaterules.h), or
// positional parameters are not numbered 1, 2, 3 …; then INCORRECT_CATEGORY when a UTILITY
// template uses promotional wording in English, Portuguese, Chinese or Japanese ("discount",
// "% off", "promoção", "desconto", "oferta", "优惠", "折扣", "促销", "セール", "割引" …); else
// APPROVED.
ReviewVerdict reviewTemplate(const whatsapp::TemplateCreateRequest &request);

// The first promotional word or phrase in `text`, or an empty string.
QString promotionalWording(const QString &text);

} // namespace parley::sim
