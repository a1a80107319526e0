// @ts-check
// Posts the comment that pr-check.yml made, or updates the one posted before; run by
// pr-check-comment.yml (actions/github-script) on the workflow_run event that follows pr-check.
//
// The artifact comes from a run of the pull request's code, so both of its files are untrusted data:
// - pr-number must be a plain number naming an open pull request of this repository whose head
//   commit is the one the pr-check run was for (workflow_run.head_sha), from the same repository
//   (a fork's pull request comes from the fork), so that an artifact cannot aim at another PR;
// - comment.md must start with an HTML comment marker line (how the earlier comment is found) and
//   fit GitHub's limit on a comment body.
// Only a comment of this workflow's own bot account carrying the marker is updated.
"use strict";
const fs = require("fs");
const path = require("path");

/** GitHub's limit on a comment body, in characters (cli/comment-budget.ts fits the comment to it). */
const COMMENT_LIMIT = 65536;
const BOT_LOGIN = "github-actions[bot]";
const MARKER = /^<!-- [\w.:-]+ -->$/;

class RefusedError extends Error {}

/**
 * The comment and the pull request number from the downloaded artifact folder, checked.
 * @param {string} dir
 * @returns {{ body: string, marker: string, prNumber: number }}
 */
function readArtifact(dir) {
  const read = (/** @type {string} */ f) => {
    const file = path.join(dir, f);
    if (!fs.existsSync(file)) throw new RefusedError(`the artifact has no ${f}`);
    return fs.readFileSync(file, "utf8");
  };
  const number = read("pr-number").trim();
  if (!/^[1-9]\d{0,9}$/.test(number))
    throw new RefusedError(`pr-number is not a pull request number: ${JSON.stringify(number.slice(0, 40))}`);
  const body = read("comment.md");
  const marker = body.split("\n", 1)[0].trim();
  if (!MARKER.test(marker)) throw new RefusedError("comment.md does not start with its marker line");
  if (body.length > COMMENT_LIMIT)
    throw new RefusedError(
      `comment.md has ${body.length} characters, over GitHub's limit of ${COMMENT_LIMIT}`,
    );
  return { body, marker, prNumber: Number(number) };
}

/**
 * @param {{ github: any, context: any, core: any, dir: string }} args
 * @returns {Promise<{ action: "created" | "updated", prNumber: number, commentId: number } | { action: "refused", reason: string }>}
 */
async function postPrComment({ github, context, core, dir }) {
  try {
    const run = context.payload && context.payload.workflow_run;
    if (context.eventName !== "workflow_run" || !run) throw new RefusedError("not a workflow_run event");
    if (run.event !== "pull_request")
      throw new RefusedError(`the run was for a ${run.event} event, not a pull request`);
    const { body, marker, prNumber } = readArtifact(dir);
    const { owner, repo } = context.repo;
    const { data: pr } = await github.rest.pulls.get({ owner, repo, pull_number: prNumber });
    if (pr.state !== "open") throw new RefusedError(`pull request #${prNumber} is ${pr.state}`);
    if (pr.head.sha !== run.head_sha)
      throw new RefusedError(
        `pull request #${prNumber} is at ${pr.head.sha}, the run was for ${run.head_sha}`,
      );
    const headRepo = pr.head.repo && pr.head.repo.full_name;
    const runRepo = run.head_repository && run.head_repository.full_name;
    if (!headRepo || headRepo !== runRepo)
      throw new RefusedError(`pull request #${prNumber} comes from ${headRepo}, the run from ${runRepo}`);

    const comments = await github.paginate(github.rest.issues.listComments, {
      owner,
      repo,
      issue_number: prNumber,
      per_page: 100,
    });
    const mine = comments.find(
      (/** @type {any} */ c) =>
        c.user &&
        c.user.login === BOT_LOGIN &&
        typeof c.body === "string" &&
        c.body.split("\n", 1)[0].trim() === marker,
    );
    if (mine) {
      await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      core.info(`updated comment ${mine.id} on pull request #${prNumber}`);
      return { action: "updated", prNumber, commentId: mine.id };
    }
    const { data: created } = await github.rest.issues.createComment({
      owner,
      repo,
      issue_number: prNumber,
      body,
    });
    core.info(`commented on pull request #${prNumber} (${created.id})`);
    return { action: "created", prNumber, commentId: created.id };
  } catch (e) {
    if (!(e instanceof RefusedError)) throw e;
    core.setFailed(`not posting the pr-check comment: ${e.message}`);
    return { action: "refused", reason: e.message };
  }
}

module.exports = { postPrComment, readArtifact, COMMENT_LIMIT, BOT_LOGIN };
