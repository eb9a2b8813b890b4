briefingSearch.terms("pa",{"pacific":[1,1],"paparo":[1,4],"park":[1,4],"partnership":[0,1]});
