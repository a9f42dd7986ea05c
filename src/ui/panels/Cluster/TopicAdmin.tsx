import { AddPartitionsForm } from './AddPartitionsForm'
import { CreateTopicForm } from './CreateTopicForm'

/** kafka-topics.sh --create and --alter --partitions, as forms. */
export function TopicAdmin() {
  return (
    <div className="topic-admin">
      <CreateTopicForm />
      <AddPartitionsForm />
    </div>
  )
}
