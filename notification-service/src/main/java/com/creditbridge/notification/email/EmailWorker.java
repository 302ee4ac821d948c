package com.creditbridge.notification.email;

import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.StoredHoldEvents;
import com.creditbridge.notification.email.content.DefaultEmailTemplates;
import com.creditbridge.notification.email.content.EmailRenderer;
import com.creditbridge.notification.email.content.EmailTemplate;
import com.creditbridge.notification.email.content.HoldEmailModel;
import com.creditbridge.notification.email.content.MessageIds;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.retry.FailureText;
import com.creditbridge.notification.retry.RetrySchedule;
import com.creditbridge.platform.runtime.BackgroundLoop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Sends pending emails through SMTP. JavaMail blocks, so sending runs on the bounded elastic
 * scheduler. A failed send is retried on the schedule and its error kept on the row; nothing is
 * dropped.
 */
@Component
class EmailWorker extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(EmailWorker.class);
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    // Jakarta Mail looks its stream provider up with a ServiceLoader scan of the classpath for
    // every
    // body part and header block, most of the CPU an email took; named here it is instantiated
    // directly (and should the class be missing, the lookup falls back to the scan)
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  /** SMTP sessions at once; the server, not this service, is the bottleneck. */
  private static final int CONCURRENCY = 4;

  private final EmailQueue queue;
  private final JavaMailSender mailSender;
  private final EmailProperties properties;
  private final String publicUrl;
  private final RetrySchedule schedule;
  private final Clock clock;
  private final MeterRegistry meters;
  private final EmailWakeUp wakeUp;
  private final Scheduler scheduler = Schedulers.newSingle("email-worker", true);
  private final InternetAddress from;
  private final InternetAddress replyTo;
  private final DefaultEmailTemplates templates = new DefaultEmailTemplates();
  private final EmailRenderer renderer = new EmailRenderer();
  // only for building messages; JavaMailSender sends them with its own session
  private final Session session = Session.getInstance(new Properties());

  EmailWorker(
      EmailQueue queue,
      JavaMailSender mailSender,
      EmailProperties properties,
      PublicUrlProperties site,
      Clock clock,
      MeterRegistry meters,
      EmailWakeUp wakeUp,
      @Value("${creditbridge.replies.address}") String repliesAddress)
      throws AddressException {
    this.wakeUp = wakeUp;
    this.queue = queue;
    this.mailSender = mailSender;
    this.properties = properties;
    this.publicUrl = site.publicUrl();
    this.schedule = properties.schedule();
    this.clock = clock;
    this.meters = meters;
    // every series exists from the start, so rates and the SMTP alert see the first failure
    for (EmailKind kind : EmailKind.values()) {
      Counter.builder("creditbridge.emails.sent").tag("kind", kind.wireName()).register(meters);
      Counter.builder("creditbridge.emails.failed").tag("kind", kind.wireName()).register(meters);
    }
    this.from = new InternetAddress(properties.from(), true);
    this.replyTo = new InternetAddress(repliesAddress, true);
  }

  @Override
  protected Disposable begin() {
    // a poll (the safety net, for due retries) or a wake-up (emails committed); wake-ups during a
    // pass are kept as one, so what they announced is sent right after it
    return Flux.concat(Mono.just(Boolean.TRUE), wakeUp.ticks(properties.pollInterval(), scheduler))
        .onBackpressureLatest()
        // a full batch means more may be due: claim again at once rather than at the next poll, so
        // a burst of hold events is emailed at the SMTP server's pace, not the poll's
        .concatMap(
            tick -> Mono.defer(this::pass).repeat().takeUntil(n -> n < properties.batchSize()), 0)
        .subscribe();
  }

  /** Claims and sends one batch; the number claimed. */
  private Mono<Integer> pass() {
    return claimDue()
        .collectList()
        .flatMap(
            claimed ->
                Flux.fromIterable(claimed)
                    .flatMap(this::send, CONCURRENCY)
                    .then(Mono.just(claimed.size())));
  }

  private Flux<ClaimedEmail> claimDue() {
    return queue
        .claim(clock.instant(), properties.lease(), properties.batchSize())
        .onErrorResume(
            e -> {
              log.warn("Could not claim emails; trying again at the next poll", e);
              return Flux.empty();
            });
  }

  private Mono<Void> send(ClaimedEmail email) {
    return Mono.fromCallable(() -> deliver(email))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(subject -> queue.sent(email, subject, clock.instant()))
        .doOnSuccess(done -> counter("creditbridge.emails.sent", email).increment())
        .onErrorResume(
            error -> {
              Optional<String> refused = RecipientRefusal.of(error);
              if (refused.isPresent()) {
                log.error(
                    "Email {} to {} refused for good: {}",
                    email.id(),
                    email.recipient(),
                    refused.get());
                counter("creditbridge.emails.failed", email).increment();
                return queue.refused(email, refused.get(), clock.instant());
              }
              String reason = FailureText.of(error);
              return schedule
                  .delayAfter(email.attempt(), ThreadLocalRandom.current())
                  .map(
                      delay -> {
                        log.warn(
                            "Email {} to {} failed (attempt {}), retrying in {}: {}",
                            email.id(),
                            email.recipient(),
                            email.attempt(),
                            delay,
                            reason);
                        return queue.retryAt(email, reason, clock.instant().plus(delay));
                      })
                  .orElseGet(
                      () -> {
                        log.error(
                            "Email {} to {} failed for good after {} attempts: {}",
                            email.id(),
                            email.recipient(),
                            email.attempt(),
                            reason);
                        counter("creditbridge.emails.failed", email).increment();
                        return queue.failed(email, reason);
                      });
            })
        .onErrorResume(
            e -> {
              // the lease runs out and the email is tried again: nothing is lost
              log.warn("Could not record the outcome of email {}", email.id(), e);
              return Mono.empty();
            });
  }

  /** An email planned before emails were rendered when planned: rendered with the default. */
  private RenderedEmail legacy(ClaimedEmail email) {
    HoldChange change = StoredHoldEvents.change(email.body());
    EmailTemplate template =
        templates
            .forType(email.template())
            .orElseThrow(() -> new IllegalStateException("No template for " + email.template()));
    return renderer.render(template, HoldEmailModel.of(change, publicUrl));
  }

  /** Sends one copy; returns its subject. Blocking. */
  private String deliver(ClaimedEmail email) throws MessagingException {
    RenderedEmail rendered = email.content() == null ? legacy(email) : email.content();

    MimeMessage message = new EnvelopeMimeMessage(session, new InternetAddress(email.recipient()));
    MimeMessageHelper helper = new Helper(message);
    helper.setFrom(from);
    helper.setTo(addresses(email.to()));
    helper.setCc(addresses(email.cc()));
    helper.setSubject(rendered.subject());
    helper.setText(rendered.text(), rendered.html());
    // every copy of one email has the same id, so mail clients see one message
    message.setHeader("Message-ID", "<" + MessageIds.forEmail(email.eventId()) + ">");
    if (email.accountId() != null) {
      // a reply about the account reaches the replies mailbox and becomes a note
      message.setReplyTo(new InternetAddress[] {replyTo});
    }
    message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies
    mailSender.send(message);
    return rendered.subject();
  }

  private Counter counter(String name, ClaimedEmail email) {
    return Counter.builder(name).tag("kind", email.kind()).register(meters);
  }

  private static InternetAddress[] addresses(List<String> formatted) throws AddressException {
    InternetAddress[] result = new InternetAddress[formatted.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = new InternetAddress(formatted.get(i));
    }
    return result;
  }

  /**
   * Reuses one file type map: the default helper builds a new one per message, reading {@code
   * mime.types} from the classpath each time, which was most of the CPU an email took.
   */
  private static final class Helper extends MimeMessageHelper {
    private static final FileTypeMap TYPES = fileTypes();

    Helper(MimeMessage message) throws MessagingException {
      super(message, true, StandardCharsets.UTF_8.name());
    }

    @Override
    protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
      return TYPES;
    }

    private static FileTypeMap fileTypes() {
      ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
      types.afterPropertiesSet();
      return types;
    }
  }
}
