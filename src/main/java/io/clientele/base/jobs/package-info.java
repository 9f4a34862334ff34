/**
 * What the scheduled jobs that send things share: the claim-then-send step that lets several nodes run one job at
 * once and sends each item once ({@link io.clientele.base.jobs.ClaimedSend}).
 */
@NullMarked
package io.clientele.base.jobs;

import org.jspecify.annotations.NullMarked;
