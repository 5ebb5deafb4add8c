// The traffic table at 100,000 exchanges (not a test: run by hand, see ../CMakeLists.txt).
// Inserts 100,000 exchanges through the TrafficRecorder into the TrafficModel (batched), then
// filters by path text and by status class with TrafficFilter; beside it, in a child process of
// the same run, the reference: a plain QSortFilterProxyModel over a QStandardItemModel holding the
// same rows' text. Prints time per filter, the time to take in a batch of 1,000 while filtered
// (a bulk run recording), peak RSS of each, and the ratios. recorder_insert_ms: the recorder alone
// taking in 100,000 finished exchanges (bounded at 10,000 in memory) beside a plain bounded
// std::deque<Exchange> (the least any recorder must do). view_tick_*: a shown QTableView (offscreen)
// over 100,000 rows filtered to 4xx while a bulk run records 100 exchanges per event-loop tick for
// 50 ticks: the longest and the mean tick (take in, scroll to the newest, paint).
#include "core/traffic/TrafficModel.h"
#include "core/traffic/TrafficRecorder.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <deque>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 100000;

QString paths[] = {u"/v1/Auth/Login"_s,
                   u"/v1/Auth/RefreshToken"_s,
                   u"/v1/Registration/Create"_s,
                   u"/v1/Registration/CreateMany"_s,
                   u"/v1/Management/users/find"_s,
                   u"/v1/Management/users"_s};
int statuses[] = {200, 200, 200, 200, 401, 400, 429, 500, 0, 200};

tc::Exchange makeExchange(int i)
{
    tc::Exchange x;
    x.id = quint64(i + 1);
    x.method = i % 3 == 0 ? "GET" : "POST";
    x.url = QUrl(u"http://127.0.0.1:8080"_s + paths[i % 6] + (i % 6 == 4 ? u"?ClientId=c-%1"_s.arg(i) : QString()));
    x.requestHeaders = {{"Accept", "application/json"},
                        {"Content-Type", "application/json"},
                        {"InstanceId", "5dd0a1b2-0000-4000-8000-000000000001"},
                        {"InstanceKey", "•••• (hidden)"},
                        {"User-Agent", "telematics-console/0.3.0"}};
    x.requestBody = QByteArray(R"({"FirstName":"Ann","ClientId":"c-)") + QByteArray::number(i) + R"("})";
    x.status = statuses[i % 10];
    x.replyHeaders = {{"Content-Type", "application/json; charset=utf-8"}, {"Date", "Tue, 01 Dec 2026 16:00:00 GMT"}};
    x.replyBody = QByteArray(R"x({"Result":{"DeviceToken":"0b1c2d3e-)x") + QByteArray::number(i)
                  + R"x(","AccessToken":{"Token":"•••• (hidden)","ExpiresIn":3600},"RefreshToken":"•••• (hidden)"},)x"
                    R"x("Status":200,"Title":"","Errors":[]})x";
    x.started = QDateTime::fromMSecsSinceEpoch(1764600000000 + qint64(i) * 10, QTimeZone::utc());
    x.finished = x.started.addMSecs(12);
    x.durationMs = 12;
    x.envelopeStatus = x.status ? std::optional<int>(x.status) : std::nullopt;
    x.profile = i % 2 ? u"Sandbox admin"_s : u"Sandbox group A"_s;
    x.session = i % 2 ? u"admin session"_s : QString();
    x.purpose = u"bulk row %1"_s.arg(i);
    return x;
}

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(f.readAll());
    const auto m = QRegularExpression(u"VmHWM:\\s+(\\d+)"_s).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

template <typename F>
double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

void print(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

QList<tc::Exchange> prebuilt()
{
    QList<tc::Exchange> all;
    all.reserve(Rows);
    for (int i = 0; i < Rows; ++i)
        all.append(makeExchange(i));
    return all;
}

int runOursRecorder()
{
    QNetworkAccessManager nam;
    const QList<tc::Exchange> all = prebuilt();
    tc::TrafficRecorder alone(&nam);
    print("recorder_insert_ms", ms([&] {
              for (const tc::Exchange &x : all)
                  alone.record(x);
          }));
    return 0;
}

int runReferenceRecorder()
{
    const QList<tc::Exchange> all = prebuilt();
    std::deque<tc::Exchange> kept;
    print("recorder_insert_ms", ms([&] {
              for (const tc::Exchange &x : all) {
                  kept.push_back(x);
                  if (kept.size() > size_t(tc::TrafficRecorder::DefaultMemoryLimit))
                      kept.pop_front();
              }
          }));
    return 0;
}

// The console's pipeline: recorder -> model -> filter.
struct Ours
{
    QNetworkAccessManager nam;
    tc::TrafficRecorder recorder{&nam};
    tc::TrafficModel model;
    tc::TrafficFilter filter;
    Ours()
    {
        model.setRecorder(&recorder);
        filter.setSourceModel(&model);
    }
    // Rows exchanges recorded, flushed every 1,000 (the batch timer's work in a busy bulk run).
    void fill()
    {
        for (int i = 0; i < Rows; ++i) {
            recorder.record(makeExchange(i));
            if (i % 1000 == 999)
                model.flush();
        }
        model.flush();
    }
};

int runOurs()
{
    Ours ours;
    tc::TrafficRecorder &recorder = ours.recorder;
    tc::TrafficModel &model = ours.model;
    tc::TrafficFilter &filter = ours.filter;
    print("insert_ms", ms([&] { ours.fill(); }));
    tc::TrafficFilter::Criteria c;
    c.pathText = u"users/find"_s;
    print("filter_path_ms", ms([&] { filter.setCriteria(c); }));
    print("filter_path_rows", filter.rowCount());
    c = {};
    c.statusClass = tc::TrafficFilter::StatusClass::ClientError;
    print("filter_status_ms", ms([&] { filter.setCriteria(c); }));
    print("filter_status_rows", filter.rowCount());
    c = {};
    print("filter_none_ms", ms([&] { filter.setCriteria(c); }));
    c.statusClass = tc::TrafficFilter::StatusClass::ClientError;
    filter.setCriteria(c);
    print("batch_1000_ms", ms([&] {
              for (int i = Rows; i < Rows + 1000; ++i)
                  recorder.record(makeExchange(i));
              model.flush();
          }));
    print("rss_mb", double(peakRssKb()) / 1024.0);
    return 0;
}

QList<QStandardItem *> referenceRow(const tc::Exchange &x)
{
    const tc::TrafficModel::Row r = tc::TrafficModel::rowFor(x);
    return {new QStandardItem(QDateTime::fromMSecsSinceEpoch(r.startedMs).toString(u"HH:mm:ss.zzz"_s)),
            new QStandardItem(r.method),
            new QStandardItem(r.path),
            new QStandardItem(QString::number(r.status)),
            new QStandardItem(QString::number(r.envelopeStatus)),
            new QStandardItem(r.title),
            new QStandardItem(QString::number(r.durationMs)),
            new QStandardItem(QString::number(r.sent)),
            new QStandardItem(QString::number(r.received)),
            new QStandardItem(r.profile),
            new QStandardItem(r.session),
            new QStandardItem(r.purpose)};
}

int runReference()
{
    QStandardItemModel model(0, 12);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    print("insert_ms", ms([&] {
              for (int i = 0; i < Rows; ++i)
                  model.appendRow(referenceRow(makeExchange(i)));
          }));
    filter.setFilterKeyColumn(2);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    print("filter_path_ms", ms([&] { filter.setFilterFixedString(u"users/find"_s); }));
    print("filter_path_rows", filter.rowCount());
    filter.setFilterKeyColumn(3);
    print("filter_status_ms", ms([&] { filter.setFilterRegularExpression(u"^4"_s); }));
    print("filter_status_rows", filter.rowCount());
    print("filter_none_ms", ms([&] { filter.setFilterRegularExpression(QString()); }));
    filter.setFilterRegularExpression(u"^4"_s);
    print("batch_1000_ms", ms([&] {
              for (int i = Rows; i < Rows + 1000; ++i)
                  model.appendRow(referenceRow(makeExchange(i)));
          }));
    print("rss_mb", double(peakRssKb()) / 1024.0);
    return 0;
}

template <typename Tick>
void viewTicks(Tick &&tick)
{
    double worst = 0, total = 0;
    for (int t = 0; t < 50; ++t) {
        const double m = ms([&] {
            tick();
            QCoreApplication::processEvents();
        });
        worst = std::max(worst, m);
        total += m;
    }
    print("view_tick_max_ms", worst);
    print("view_tick_avg_ms", total / 50);
}

int runOursView()
{
    Ours ours;
    tc::TrafficRecorder &recorder = ours.recorder;
    tc::TrafficModel &model = ours.model;
    tc::TrafficFilter &filter = ours.filter;
    tc::TrafficFilter::Criteria c;
    c.statusClass = tc::TrafficFilter::StatusClass::ClientError;
    filter.setCriteria(c);
    ours.fill();
    QTableView view;
    view.setModel(&filter);
    view.resize(1000, 600);
    view.show();
    QCoreApplication::processEvents();
    int next = Rows;
    viewTicks([&] {
        for (int i = 0; i < 100; ++i)
            recorder.record(makeExchange(next++));
        model.flush(); // the batch timer's work
        view.scrollToBottom();
    });
    return 0;
}

int runReferenceView()
{
    QStandardItemModel model(0, 12);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.setFilterKeyColumn(3);
    filter.setFilterRegularExpression(u"^4"_s);
    for (int i = 0; i < Rows; ++i)
        model.appendRow(referenceRow(makeExchange(i)));
    QTableView view;
    view.setModel(&filter);
    view.resize(1000, 600);
    view.show();
    QCoreApplication::processEvents();
    int next = Rows;
    viewTicks([&] {
        for (int i = 0; i < 100; ++i)
            model.appendRow(referenceRow(makeExchange(next++)));
        view.scrollToBottom();
    });
    return 0;
}

QMap<QString, double> child(const QString &mode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {mode});
    p.waitForFinished(-1);
    QMap<QString, double> out;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> kv = line.split(' ');
        if (kv.size() == 2)
            out.insert(QString::fromLatin1(kv[0]), kv[1].toDouble());
    }
    return out;
}

} // namespace

static int mainCore(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--ours"_s))
        return runOurs();
    if (args.contains(u"--reference"_s))
        return runReference();
    if (args.contains(u"--ours-recorder"_s))
        return runOursRecorder();
    if (args.contains(u"--reference-recorder"_s))
        return runReferenceRecorder();
    auto ours = child(u"--ours"_s);
    auto ref = child(u"--reference"_s);
    ours.insert(child(u"--ours-recorder"_s));
    ref.insert(child(u"--reference-recorder"_s));
    ours.insert(child(u"--ours-view"_s));
    ref.insert(child(u"--reference-view"_s));
    QTextStream out(stdout);
    out << "Traffic table, " << Rows << " exchanges: TrafficModel + TrafficFilter vs QStandardItemModel + "
        << "QSortFilterProxyModel (same rows, separate processes)\n";
    out << QString(u"%1 %2 %3 %4\n"_s)
                    .arg(u"measure"_s, -18)
                    .arg(u"ours"_s, 12)
                    .arg(u"reference"_s, 12)
                    .arg(u"ours/ref"_s, 10);
    for (const QString &k : {u"recorder_insert_ms"_s, u"insert_ms"_s, u"filter_path_ms"_s, u"filter_status_ms"_s,
                             u"filter_none_ms"_s, u"batch_1000_ms"_s, u"view_tick_max_ms"_s, u"view_tick_avg_ms"_s,
                             u"rss_mb"_s, u"filter_path_rows"_s, u"filter_status_rows"_s}) {
        const double a = ours.value(k), b = ref.value(k);
        out << QString(u"%1 %2 %3 %4\n"_s)
                        .arg(k, -18)
                        .arg(a, 12, 'f', 1)
                        .arg(b, 12, 'f', 1)
                        .arg(b > 0 ? QString::number(a / b, 'f', 2) : u"-"_s, 10);
    }
    return 0;
}

int main(int argc, char *argv[])
{
    // The view runs need widgets (offscreen); the rest a core application.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--ours-view" || a == "--reference-view") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return a == "--ours-view" ? runOursView() : runReferenceView();
        }
    }
    return mainCore(argc, argv);
}
