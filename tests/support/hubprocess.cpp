#include "hubprocess.h"

#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace parley::testing {

QString hubBinary()
{
    return QStringLiteral(PARLEY_HUB_BINARY);
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply httpCall(const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const Headers &headers, int timeoutMs)
{
    static QNetworkAccessManager *network = new QNetworkAccessManager(qApp);
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

int runTool(const QString &program, const QStringList &arguments, const QByteArray &input,
            QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

namespace {

QStringList fastHashingArgument(bool fast)
{
    return fast ? QStringList{QStringLiteral("--insecure-fast-password-hashing")} : QStringList{};
}

} // namespace

HubProcess::HubProcess(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? m_temp.filePath(QStringLiteral("hub")) : dataDir)
{
    if (!testsOnPostgres())
        return;
    PgServer *server = PgServer::shared();
    if (server)
        m_databaseUrl = server->databaseFor(m_dataDir);
    // A hub that cannot have its PostgreSQL store must not quietly run on SQLite instead.
    if (m_databaseUrl.isEmpty())
        qFatal("PARLEY_TEST_DB=postgresql, but no PostgreSQL: %s", qPrintable(PgServer::error()));
}

QStringList HubProcess::storeArguments() const
{
    QStringList arguments{QStringLiteral("--data"), m_dataDir};
    if (!m_databaseUrl.isEmpty())
        arguments << QStringLiteral("--db") << m_databaseUrl;
    return arguments;
}

bool HubProcess::shareStoreOf(const HubProcess &first)
{
    if (first.databaseUrl().isEmpty() || !QDir().mkpath(m_dataDir))
        return false;
    m_databaseUrl = first.databaseUrl();
    const QString key = QStringLiteral("secret.key");
    QFile::remove(QDir(m_dataDir).filePath(key));
    return QFile::copy(QDir(first.dataDir()).filePath(key), QDir(m_dataDir).filePath(key)) &&
           QFile::setPermissions(QDir(m_dataDir).filePath(key),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool HubProcess::start(int timeoutMs, quint16 port, const QStringList &extraArguments)
{
    return launch(
        hubBinary(),
        QStringList{QStringLiteral("serve")} + storeArguments() +
            QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)} +
            fastHashingArgument(m_fastHashing) + m_serveArguments + extraArguments,
        timeoutMs);
}

bool HubProcess::addAgent(const QString &login, const QString &role, const QString &password)
{
    return runTool(hubBinary(),
                   QStringList{QStringLiteral("agent"), QStringLiteral("add")} + storeArguments() +
                       QStringList{QStringLiteral("--login"), login, QStringLiteral("--name"),
                                   login.toUpper(), QStringLiteral("--role"), role} +
                       fastHashingArgument(m_fastHashing),
                   password.toUtf8() + '\n') == 0;
}

bool HubProcess::addChannel(const QString &phoneNumberId, const QString &displayNumber,
                            const QString &graphUrl, const QString &accessToken,
                            const QString &appSecret, const QString &verifyToken,
                            const QString &wabaId)
{
    const QString tokenFile = m_temp.filePath(QStringLiteral("token-") + phoneNumberId);
    const QString secretFile = m_temp.filePath(QStringLiteral("secret-") + phoneNumberId);
    const QString verifyFile = m_temp.filePath(QStringLiteral("verify-") + phoneNumberId);
    for (const auto &file : {qMakePair(tokenFile, accessToken), qMakePair(secretFile, appSecret),
                             qMakePair(verifyFile, verifyToken)}) {
        QFile f(file.first);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(file.second.toUtf8());
    }
    QByteArray output;
    const int code = runTool(
        hubBinary(),
        QStringList{QStringLiteral("channel"), QStringLiteral("add")} + storeArguments() +
            QStringList{QStringLiteral("--name"), QStringLiteral("Channel ") + phoneNumberId,
                        QStringLiteral("--waba-id"), wabaId, QStringLiteral("--phone-number-id"),
                        phoneNumberId, QStringLiteral("--display-number"), displayNumber,
                        QStringLiteral("--graph-url"), graphUrl,
                        QStringLiteral("--access-token-file"), tokenFile,
                        QStringLiteral("--app-secret-file"), secretFile,
                        QStringLiteral("--verify-token-file"), verifyFile},
        {}, &output);
    if (code != 0)
        qWarning("channel add failed: %s", output.constData());
    return code == 0;
}

QString HubProcess::login(const QString &login, const QString &password)
{
    const HttpReply reply =
        post(QStringLiteral("/api/v1/login"),
             {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    return reply.json().value(QStringLiteral("token")).toString();
}

HttpReply HubProcess::get(const QString &path, const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toUtf8()});
    return httpCall("GET", url(path), {}, headers);
}

HttpReply HubProcess::post(const QString &path, const QJsonObject &body, const QString &token,
                           const Headers &extra)
{
    Headers headers = extra;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toUtf8()});
    return httpCall("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QJsonArray HubProcess::getList(const QString &path, const QString &key, const QString &token)
{
    return get(path, token).json().value(key).toArray();
}

QJsonArray HubProcess::events(const QString &token)
{
    return getList(QStringLiteral("/api/v1/sync?since=0&limit=5000"), QStringLiteral("events"),
                   token);
}

QJsonObject withId(const QJsonArray &items, qint64 id)
{
    for (const QJsonValue &item : items) {
        if (item[QStringLiteral("id")].toInteger() == id)
            return item.toObject();
    }
    return {};
}

} // namespace parley::testing
