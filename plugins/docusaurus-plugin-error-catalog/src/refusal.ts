/** A reason a command writes nothing, said to the user as it is, without a stack trace. */
export class Refusal extends Error {
  override name = 'Refusal';
}
