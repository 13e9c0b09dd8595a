// Typed failures of the desk's rules; one error handler maps them to status codes and Vietnamese pages.
export class NotFound extends Error {
  constructor(readonly what = "resource") {
    super(`${what} not found`);
    this.name = "NotFound";
  }
}

export class NotAllowed extends Error {
  constructor(action = "action") {
    super(`not allowed: ${action}`);
    this.name = "NotAllowed";
  }
}

export class InvalidTransition extends Error {
  constructor(
    readonly from: string,
    readonly event: string,
  ) {
    super(`cannot ${event} a question that is ${from}`);
    this.name = "InvalidTransition";
  }
}

// A rule about the input itself (not its shape): e.g. a username already taken.
export class Conflict extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = "Conflict";
  }
}
