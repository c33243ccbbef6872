#include "sim/templatereviewer.h"

#include "sim/templatereview.h"
#include "sim/webhooksender.h"

#include <QRandomGenerator>
#include <QTimer>

namespace parley::sim {

TemplateReviewer::TemplateReviewer(SimContext &context, QObject *parent)
    : QObject(parent), m_ctx(context)
{}

void TemplateReviewer::submit(const QString &templateId)
{
    const int minMs = m_ctx.options.templateReviewMinMs;
    const int maxMs = qMax(minMs, m_ctx.options.templateReviewMaxMs);
    const int delay = minMs + int(QRandomGenerator::global()->bounded(maxMs - minMs + 1));
    QTimer::singleShot(delay, this, [this, templateId] { decide(templateId); });
}

void TemplateReviewer::decide(const QString &templateId)
{
    SimTemplate *reviewed = m_ctx.templates.byId(templateId);
    if (!reviewed)
        return;
    const ReviewVerdict verdict = reviewTemplate(reviewed->request);
    reviewed->status = verdict.event;
    reviewed->rejectionReason = verdict.reason;
    whatsapp::TemplateStatusUpdate update;
    update.wabaId = m_ctx.options.wabaId;
    update.eventTime = m_ctx.now();
    update.event = verdict.event;
    update.templateId = reviewed->id;
    update.name = reviewed->name();
    update.language = reviewed->language();
    update.reason = verdict.reason;
    update.category = reviewed->category();
    update.rejectionReason = verdict.rejectionInfo;
    update.rejectionRecommendation = verdict.recommendation;
    m_ctx.webhooks->enqueue(update);
}

} // namespace parley::sim
