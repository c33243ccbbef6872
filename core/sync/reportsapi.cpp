#include "core/sync/reportsapi.h"

#include "core/protocol/listcodec.h"

namespace parley {

void ReportsApi::volume(const ReportFilter &filter, HubCallback<QList<VolumeDay>> done) const
{
    m_api.get<QList<VolumeDay>>(reportPath(ReportKind::Volume, filter, false), HubSubject::Change,
                                &decodeReply<QList<VolumeDay>>, std::move(done));
}

void ReportsApi::responseTimes(const ReportFilter &filter,
                               HubCallback<QList<DurationRow>> done) const
{
    m_api.get<QList<DurationRow>>(reportPath(ReportKind::ResponseTimes, filter, false),
                                  HubSubject::Change, &decodeReply<QList<DurationRow>>,
                                  std::move(done));
}

void ReportsApi::activity(const ReportFilter &filter, HubCallback<ActivityHeat> done) const
{
    m_api.get<ActivityHeat>(reportPath(ReportKind::Activity, filter, false), HubSubject::Change,
                            &decodeReply<ActivityHeat>, std::move(done));
}

void ReportsApi::spend(const ReportFilter &filter, HubCallback<QList<SpendDay>> done) const
{
    m_api.get<QList<SpendDay>>(reportPath(ReportKind::Spend, filter, false), HubSubject::Change,
                               &decodeReply<QList<SpendDay>>, std::move(done));
}

void ReportsApi::csat(const ReportFilter &filter, HubCallback<CsatFigure> done) const
{
    m_api.get<CsatFigure>(reportPath(ReportKind::Csat, filter, false), HubSubject::Change,
                          &decodeReply<CsatFigure>, std::move(done));
}

void ReportsApi::csv(ReportKind kind, const ReportFilter &filter,
                     HubCallback<QByteArray> done) const
{
    m_api.getBytes(reportPath(kind, filter, true), HubSubject::Change, std::move(done));
}

} // namespace parley
