#pragma once

#include "core/domain/record.h"

#include <QStringList>

namespace parley::ui {

// R6.1: the editor's preview fills each merge field with a made-up value, so the admin reads the
// message as a customer would without choosing a real record.
Record templateSampleRecord(Module module);

// The same sample values, one per {{n}} of `body` in order: the examples the editor submits for
// Meta's review (example.body_text), so Meta reviews what the preview shows.
QStringList templateExamples(const QString &body);

} // namespace parley::ui
