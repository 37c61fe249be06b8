// Access requests for private timetables, in MongoDB (collection access_requests): one document
// per owner × asker, so asking again never piles up; its status is pending, accepted or declined.
// Revoking deletes it (the asker may ask again, within the per-day bound). Only what MongoDB and
// FerretDB 1.x both serve: plain indexes and upserts.
import { type Connection, Schema } from 'mongoose';

export type AccessState = 'pending' | 'accepted' | 'declined';

export interface AccessDoc {
  _id: string; // <owner>|<asker>
  owner: string; // public student id
  asker: string;
  askerName: string;
  status: AccessState;
  createdAt: Date;
  updatedAt: Date;
}

export class AccessRequests {
  readonly model;

  constructor(conn: Connection) {
    const schema = new Schema<AccessDoc>(
      {
        _id: String,
        owner: String,
        asker: String,
        askerName: String,
        status: String,
        createdAt: Date,
        updatedAt: Date,
      },
      { versionKey: false, collection: 'access_requests' },
    );
    schema.index({ owner: 1, updatedAt: -1 });
    schema.index({ asker: 1 });
    this.model = conn.model('AccessRequest', schema);
  }

  createIndexes(): Promise<void> {
    return this.model.createIndexes();
  }

  get(owner: string, asker: string): Promise<AccessDoc | null> {
    return this.model.findById(`${owner}|${asker}`).lean<AccessDoc>().exec();
  }

  /** Asks (again): a declined request turns pending; an accepted one stays accepted. */
  async ask(owner: string, asker: string, askerName: string, now: Date): Promise<void> {
    await this.model
      .updateOne(
        { _id: `${owner}|${asker}`, status: { $ne: 'accepted' } },
        {
          $set: { owner, asker, askerName, status: 'pending', updatedAt: now },
          $setOnInsert: { createdAt: now },
        },
        { upsert: true },
      )
      .exec()
      .catch((err: unknown) => {
        // The filter missed an accepted request and the upsert hit its _id: nothing to change.
        if ((err as { code?: number }).code !== 11000) throw err;
      });
  }

  async answer(owner: string, asker: string, status: AccessState, now: Date): Promise<boolean> {
    const r = await this.model
      .updateOne({ _id: `${owner}|${asker}` }, { $set: { status, updatedAt: now } })
      .exec();
    return r.matchedCount > 0;
  }

  async revoke(owner: string, asker: string): Promise<void> {
    await this.model.deleteOne({ _id: `${owner}|${asker}` }).exec();
  }

  /** Pending and accepted requests to an owner, newest first. */
  toOwner(owner: string, limit = 100): Promise<AccessDoc[]> {
    return this.model
      .find({ owner, status: { $in: ['pending', 'accepted'] } })
      .sort({ updatedAt: -1 })
      .limit(limit)
      .lean<AccessDoc[]>()
      .exec();
  }

  /** The owners among `owners` who accepted the asker. */
  async grantedTo(asker: string, owners: string[]): Promise<Set<string>> {
    if (!asker || owners.length === 0) return new Set();
    const ids = [...new Set(owners)].map((o) => `${o}|${asker}`);
    const docs = await this.model
      .find({ _id: { $in: ids }, status: 'accepted' })
      .lean<AccessDoc[]>()
      .exec();
    return new Set(docs.map((d) => d.owner));
  }
}
