#pragma once

#include "core/rules/mergefields.h"

namespace parley::ui {

// R4.2: what a predefined text will say for this customer, before it is sent.
struct MergePreview {
    MergeResult result; // result.text is what the composer receives
    // The same text as HTML with every merge field marked: filled values tinted, unknown fields
    // and fields without a value highlighted so that none goes out unnoticed.
    QString html;
    // One line per distinct problem field, e.g. "Unknown field: $[Leads.Shoe Size]",
    // "No value: $[Leads.Company]", in the order they appear.
    QStringList issues;
};

MergePreview previewMergeFields(const QString &body, const QList<Record> &records);

} // namespace parley::ui
