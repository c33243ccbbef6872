#pragma once

#include "sim/simcontext.h"

#include <QObject>

namespace parley::sim {

// Meta's review queue: a submitted template stays PENDING for a while, then gets its verdict
// (templatereview.h) and a message_template_status_update webhook.
class TemplateReviewer : public QObject {
    Q_OBJECT
public:
    TemplateReviewer(SimContext &context, QObject *parent = nullptr);

    void submit(const QString &templateId);

private:
    void decide(const QString &templateId);

    SimContext &m_ctx;
};

} // namespace parley::sim
