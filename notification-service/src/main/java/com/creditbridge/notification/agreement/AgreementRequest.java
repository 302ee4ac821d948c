package com.creditbridge.notification.agreement;

import java.util.List;

/**
 * The body of {@code PUT /api/v1/working-agreement}.
 *
 * @param version optional: the version the change was made from; another one in force is a 409
 */
record AgreementRequest(List<WorkingAgreement.Section> sections, Long version) {}
